namespace Platform.Interop.Export;

public static class ExportApi
{
    public static IHostApplicationBuilder AddBulkExport(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ExportOptions>(builder.Configuration.GetSection("Interop:Export"));
        builder.Services.AddSingleton<ExportSignal>();
        builder.Services.AddScoped<ExportWriter>();
        builder.Services.AddHostedService<ExportWorker>();
        return builder;
    }

    /// <summary>FHIR Bulk Data for Provider Access: kick-off, status, files.</summary>
    public static RouteGroupBuilder MapBulkExport(this RouteGroupBuilder fhir)
    {
        fhir.MapExportKickOff();
        fhir.MapExportStatus();
        fhir.MapExportFiles();
        return fhir;
    }
}
