using Platform.Roster.Data;
using Platform.Roster.Rosters;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<RosterDbContext>("rosterdb");

var app = builder.Build();
app.MapServiceDefaults();
app.MapRostersApi();
await app.RunServiceAsync<RosterDbContext>(args);
