using Platform.Eligibility.Iha;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Providers;

public static class ProvidersApi
{
    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var providers = app.MapApiGroup("/api/v1/providers", "Providers").RequireAuthorization(Modules.Members);
        providers.MapSearchProviders();
        providers.MapListIhaDue();
        return app;
    }
}
