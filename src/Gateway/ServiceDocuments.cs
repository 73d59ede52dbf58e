namespace Platform.Gateway;

public static class ServiceDocuments
{
    /// <summary>Swagger UI at /swagger over every service's OpenAPI document (not the web app's), each served through the gateway.</summary>
    public static WebApplication MapServiceDocuments(this WebApplication app, IReadOnlyList<Backend> backends)
    {
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "Provider portal APIs";
            foreach (var backend in backends.Where(backend => backend.Name != ServiceProxy.WebFrontEnd))
            {
                ui.SwaggerEndpoint($"/api/{backend.Name}/openapi/v1.json", backend.Name);
            }
        });
        return app;
    }
}
