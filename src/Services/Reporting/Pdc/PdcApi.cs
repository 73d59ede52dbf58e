using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Reporting.Pdc;

public static class PdcApi
{
    /// <summary>RPT-02/03: the PDC report's two views, for the Reports module.</summary>
    public static IEndpointRouteBuilder MapPdcApi(this IEndpointRouteBuilder app)
    {
        var pdc = app.MapApiGroup("/api/v1/pdc", "PDC report").RequireAuthorization(Modules.Reports);
        pdc.MapHealthNetworksApi();
        pdc.MapPdcProvidersApi();
        return app;
    }
}
