using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Eligibility.PcpChanges;

public sealed record PcpChangePreview(DateOnly RequestedOn, bool SawAssignedPcpThisMonth, DateOnly EffectiveDate);

public static class PreviewPcpChange
{
    /// <summary>ELG-06 for the web front end: the date a change asked for today would take effect. No member, no PHI.</summary>
    public static IEndpointRouteBuilder MapPreviewPcpChange(this IEndpointRouteBuilder app)
    {
        app.MapApiGroup("/api/v1/pcp-changes", "PCP changes").RequireAuthorization(Modules.Members)
            .MapGet("/effective-date", Ok<PcpChangePreview> (TimeProvider time, bool sawAssignedPcpThisMonth = false) =>
            {
                var today = time.PlanToday();
                return TypedResults.Ok(new PcpChangePreview(today, sawAssignedPcpThisMonth, PcpChangeRule.EffectiveDate(today, sawAssignedPcpThisMonth)));
            })
            .WithName("PreviewPcpChangeEffectiveDate")
            .WithSummary("The date a PCP change requested today takes effect, with or without a visit to the assigned PCP this month (ELG-06).");
        return app;
    }
}
