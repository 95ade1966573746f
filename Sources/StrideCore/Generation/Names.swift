/// Words a generated organisation is made of: plain ASCII, so e-mail addresses need no folding.
enum Names {
    static let first = [
        "Amina", "Kofi", "Lucia", "Mateo", "Priya", "Arjun", "Mei", "Wei", "Fatima", "Omar", "Sofia", "Lukas", "Ingrid", "Erik",
        "Yuki", "Kenji", "Aisha", "Tunde", "Grace", "Samuel", "Elena", "Ivan", "Nadia", "Hamid", "Chiara", "Marco", "Ana", "Joao",
        "Leila", "Karim", "Olga", "Pavel", "Hana", "Tomas", "Zanele", "Thabo", "Rosa", "Diego", "Sara", "Jonas", "Ama", "Kwame",
        "Nour", "Youssef", "Mariam", "Ali", "Claire", "Pierre", "Anya", "Dmitri", "Lina", "Rahul", "Sunita", "Min-jun", "Ji-woo",
        "Camila", "Andres", "Beatriz", "Felipe", "Ngozi",
    ]
    static let last = [
        "Okafor", "Mensah", "Fernandez", "Garcia", "Nair", "Patel", "Chen", "Wang", "Benali", "Haddad", "Rossi", "Muller", "Johansson",
        "Lindqvist", "Tanaka", "Watanabe", "Bello", "Adeyemi", "Osei", "Asante", "Petrova", "Ivanov", "Kowalski", "Rahimi", "Bianchi",
        "Silva", "Costa", "Santos", "Mansour", "Farouk", "Novak", "Dvorak", "Dlamini", "Nkosi", "Alvarez", "Moreno", "Berg", "Weber",
        "Boateng", "Owusu", "Khalil", "Saleh", "Hassan", "Dubois", "Martin", "Volkova", "Sokolov", "Sharma", "Gupta", "Kim", "Park",
        "Lopez", "Torres", "Mwangi", "Kamau", "Yusuf", "Eze", "Ncube", "Suzuki", "Lee",
    ]
    static let titles = [
        "Programme Officer", "Technical Officer", "Project Manager", "Policy Officer", "Finance Assistant", "Administrative Assistant",
        "Research Officer", "Monitoring and Evaluation Officer", "Communications Officer", "Legal Officer", "Statistician",
        "Software Engineer", "Procurement Officer", "Learning Officer", "HR Officer", "Programme Assistant",
    ]
    static let themes = [
        "Employment Policy", "Social Protection", "Labour Standards", "Skills and Employability", "Enterprises", "Statistics",
        "Research", "Partnerships", "Field Support", "Finance", "Human Resources", "Information Technology", "Communications",
        "Legal Services", "Gender Equality", "Sectoral Policies", "Conditions of Work", "Migration", "Green Jobs", "Rural Economy",
    ]
}
