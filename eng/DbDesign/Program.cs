// Design-time host for `dotnet ef`; see README "Changing a database".
Console.WriteLine("Design-time project for EF Core migrations: use dotnet ef --startup-project eng/DbDesign.");
