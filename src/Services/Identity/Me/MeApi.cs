using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Sessions;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Me;

public sealed record MeOffice(Guid Id, string Name, string Tin);

public sealed record MeProvider(string Npi, string Name);

public sealed record MeCollection(Guid Id, string Name, IReadOnlyList<MeProvider> Providers);

public sealed record MeResponse(
    string Subject,
    string Name,
    string? Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    MeOffice? Office,
    IReadOnlyList<MeCollection> Collections,
    string? Network);

public static class MeApi
{
    /// <summary>
    /// "Who am I" for the web front end: the account as it is now (not as the token was minted), with the modules the
    /// user may open (ACC-02) and the collections of providers they act for (ACC-01).
    /// </summary>
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapApiGroup("/api/v1/me", "Me").RequireAuthorization();
        me.MapGet("/", async Task<Results<Ok<MeResponse>, ProblemHttpResult>> (ClaimsPrincipal caller, IdentityDbContext db, CancellationToken cancellationToken) =>
            {
                var subject = caller.FindFirstValue(PlatformClaims.Subject)!;
                if (caller.IsInRole(Roles.Partner))
                {
                    return TypedResults.Ok(new MeResponse(subject, caller.Identity!.Name!, null, [Roles.Partner],
                        [.. caller.FindAll(PlatformClaims.Permission).Select(c => c.Value)], null, [], caller.FindFirstValue(PlatformClaims.Network)));
                }

                var user = Guid.TryParse(subject, out var id)
                    ? await db.Users.AsNoTracking().Include(u => u.Collections).ThenInclude(c => c.Providers).AsSplitQuery()
                        .SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
                    : null;
                if (user is not { Status: UserStatus.Active })
                {
                    return AuthProblems.Deactivated();
                }

                var office = user.OfficeId is { } officeId
                    ? await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(o => new MeOffice(o.Id, o.Name, o.Tin)).SingleAsync(cancellationToken)
                    : null;
                return TypedResults.Ok(new MeResponse(subject, user.Name, user.Email, user.Roles, user.Permissions, office,
                    [.. user.Collections.OrderBy(c => c.Name).Select(c => new MeCollection(c.Id, c.Name,
                        [.. c.Providers.OrderBy(p => p.Name).Select(p => new MeProvider(p.Npi, p.Name))]))],
                    null));
            })
            .WithName("GetMe")
            .WithSummary("The signed-in account: roles, module permissions, office and collections of providers.");
        return app;
    }
}
