using Platform.Roster.Directory;
using Platform.Roster.Entries;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Roster.Rosters;

public static class RostersApi
{
    /// <summary>
    /// RST-01…04: the BH member roster — the members whose supplemental documentation the BH P4V incentive program needs —
    /// for users granted the Roster permission only (403 otherwise). ACC-01: what lies outside the caller's collections
    /// answers 404, never 403.
    /// </summary>
    public static IEndpointRouteBuilder MapRostersApi(this IEndpointRouteBuilder app)
    {
        var rosters = app.MapApiGroup("/api/v1/rosters", "Rosters").RequireAuthorization(Modules.Roster);
        rosters.MapSearchRosters();
        rosters.MapSearchProviders();
        rosters.MapListRosterMembers();
        rosters.MapAddToRoster();
        rosters.MapRemoveFromRoster();
        return app;
    }
}
