using Platform.Eligibility.PcpChanges;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.Members;

public static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapApiGroup("/api/v1/members", "Members").RequireAuthorization(Modules.Members);
        members.MapLookupMembers();
        members.MapGetFaceSheet();
        members.MapRequestPcpChange();
        return app;
    }
}
