import PlenaryCore
print(DefaultSession.plan.title)
