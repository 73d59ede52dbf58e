namespace Platform.Synthetic;

/// <summary>
/// Names, sexes and languages in proportions like Orange County's Medi-Cal membership (threshold languages:
/// English, Spanish, Vietnamese, Korean, Farsi, Chinese, Arabic). Few enough names that a last name and a date of
/// birth still match several members among a million, as ELG-01's name search must handle.
/// </summary>
public static class Demographics
{
    public static readonly (string Value, int Weight)[] Sexes = [("F", 51), ("M", 47), ("U", 1), ("X", 1)];

    public static readonly (string Value, int Weight)[] Languages =
    [
        ("English", 52), ("Spanish", 31), ("Vietnamese", 9), ("Korean", 2), ("Farsi", 2), ("Chinese", 2), ("Arabic", 1),
        ("Tagalog", 1),
    ];

    public static readonly string[] FemaleNames =
    [
        "Maria", "Sofia", "Isabella", "Camila", "Valentina", "Emily", "Olivia", "Emma", "Mia", "Ava", "Linh", "Thu",
        "Ngoc", "Mai", "Hana", "Ji-woo", "Seo-yeon", "Leila", "Maryam", "Yasmin", "Fatima", "Mei", "Xin", "Rosa",
        "Guadalupe", "Ana", "Lucia", "Elena", "Grace", "Chloe", "Abigail", "Jasmine", "Daniela", "Andrea", "Ximena",
    ];

    public static readonly string[] MaleNames =
    [
        "Jose", "Juan", "Luis", "Carlos", "Miguel", "Angel", "Diego", "Mateo", "Liam", "Noah", "Ethan", "James",
        "Minh", "Tuan", "Duc", "Bao", "Min-jun", "Ji-ho", "Omar", "Ali", "Reza", "Dariush", "Wei", "Jun", "Daniel",
        "David", "Jesus", "Francisco", "Alejandro", "Gabriel", "Samuel", "Benjamin", "Lucas", "Adrian", "Ivan",
    ];

    public static readonly string[] LastNames =
    [
        "Garcia", "Hernandez", "Lopez", "Martinez", "Gonzalez", "Rodriguez", "Perez", "Sanchez", "Ramirez", "Torres",
        "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos",
        "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Kim", "Lee", "Park", "Choi",
        "Jung", "Kang", "Hosseini", "Ahmadi", "Karimi", "Haddad", "Khalil", "Nasser", "Wang", "Li", "Zhang", "Chen",
        "Liu", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Thomas",
        "Taylor", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
        "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Santos",
        "Mendoza", "Castillo", "Vargas", "Romero", "Herrera", "Medina", "Aguilar", "Jimenez", "Vasquez", "Castro",
    ];

    /// <summary>A first name for the sex: U and X draw from both lists.</summary>
    public static string FirstName(Draws draws, string sex) => sex switch
    {
        "F" => draws.Pick(FemaleNames),
        "M" => draws.Pick(MaleNames),
        _ => draws.Pick(draws.Chance(0.5) ? FemaleNames : MaleNames),
    };
}
