using Platform.Roster.Data;
using Platform.Roster.Members;
using Platform.Roster.Rosters;
using Platform.Roster.Seeding;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<RosterDbContext>("rosterdb", bus => bus.AddConsumer<MemberEligibilityChangedConsumer>());

var app = builder.Build();
app.MapServiceDefaults();
app.MapRostersApi();
await app.RunServiceAsync<RosterDbContext>(args, afterMigrate: DemoCopies.SeedAsync);
