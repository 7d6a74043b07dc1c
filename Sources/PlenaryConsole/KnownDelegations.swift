// Names a walk-in is likely to come from, for fuzzy completion at the podium: the
// States Parties to the Rome Statute, the Court's organs and frequent observers.
// The session's own list is searched first; these only save typing.

enum KnownDelegations {
    static let states: Set<String> = Set(stateList)

    static let all: [String] = stateList + organs

    static let organs = [
        "Presidency of the Court", "Office of the Prosecutor", "Registry", "Trust Fund for Victims",
        "European Union", "United Nations", "INTERPOL", "African Union", "Organization of American States",
        "Coalition for the International Criminal Court", "International Federation for Human Rights",
        "Amnesty International", "Human Rights Watch", "International Committee of the Red Cross",
        "President of the Assembly", "Bureau of the Assembly",
    ]

    static let stateList = [
        "Afghanistan", "Albania", "Andorra", "Antigua and Barbuda", "Argentina", "Armenia", "Australia",
        "Austria", "Bangladesh", "Barbados", "Belgium", "Belize", "Benin", "Bolivia",
        "Bosnia and Herzegovina", "Botswana", "Brazil", "Bulgaria", "Burkina Faso", "Cabo Verde", "Cambodia",
        "Canada", "Central African Republic", "Chad", "Chile", "Colombia", "Comoros", "Congo",
        "Cook Islands", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cyprus", "Czechia",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
        "Ecuador", "El Salvador", "Estonia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Honduras", "Hungary",
        "Iceland", "Ireland", "Italy", "Japan", "Jordan", "Kenya", "Kiribati", "Latvia", "Lesotho",
        "Liberia", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Maldives", "Mali",
        "Malta", "Marshall Islands", "Mauritius", "Mexico", "Mongolia", "Montenegro", "Namibia", "Nauru",
        "Netherlands", "New Zealand", "Niger", "Nigeria", "North Macedonia", "Norway", "Panama",
        "Paraguay", "Peru", "Poland", "Portugal", "Republic of Korea", "Republic of Moldova", "Romania",
        "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
        "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Slovakia", "Slovenia", "South Africa", "Spain",
        "State of Palestine", "Suriname", "Sweden", "Switzerland", "Tajikistan", "Timor-Leste",
        "Trinidad and Tobago", "Tunisia", "Uganda", "Ukraine", "United Kingdom",
        "United Republic of Tanzania", "Uruguay", "Vanuatu", "Venezuela", "Zambia",
    ]
}
