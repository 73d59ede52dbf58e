using Platform.Interop.X12.ClaimStatus;
using Platform.Interop.X12.Eligibility;
using Platform.ServiceDefaults;

namespace Platform.Interop.X12;

public static class X12Api
{
    /// <summary>The X12 5010 real-time API at /x12 (the gateway's /api/x12): a token for every call, each transaction its module.</summary>
    public static RouteGroupBuilder MapX12Api(this WebApplication app)
    {
        var x12 = app.MapApiGroup("/x12", "X12 5010").RequireAuthorization();
        x12.MapEligibility270();
        x12.MapClaimStatus276();
        return x12;
    }
}
