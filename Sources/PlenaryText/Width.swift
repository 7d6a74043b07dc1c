public enum PlenaryText {}
