using Platform.Reporting.Data;
using Platform.Reporting.TrainingMaterials;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<ReportingDbContext>("reportingdb");

var app = builder.Build();
app.MapServiceDefaults();
app.MapTrainingMaterialsApi();
await app.RunServiceAsync<ReportingDbContext>(args);
