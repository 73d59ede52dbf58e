using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Admin;

public static class AdminApi
{
    /// <summary>
    /// ACC-03/04: the Admin module's user and Collection Manager API, for an office's LOA (their office) and the plan's
    /// EA (every office). Each endpoint scopes by <see cref="AdminScope"/>, taken from the token, never the request.
    /// </summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapApiGroup("/api/v1/admin", "Admin").RequireAuthorization(Policies.OfficeAdministration);
        admin.MapListOffices();
        admin.MapListCollections();
        admin.MapDesignateSiteAdministrator();
        admin.MapListProviders();
        admin.MapListUsers();
        admin.MapGetUser();
        admin.MapCreateUser();
        admin.MapChangeUserAccess();
        admin.MapDeactivateUser();
        admin.MapReactivateUser();
        return app;
    }
}
