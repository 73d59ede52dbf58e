using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Offices;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Admin;

/// <summary>
/// What an account may do (ACC-02): its roles, module permissions and collections of its office's providers.
/// Creating a user and changing a user's access check it the same way, here.
/// </summary>
public static class UserAccess
{
    /// <summary>The checks that need neither the caller nor the database, for a request's IValidatableObject.</summary>
    public static IEnumerable<ValidationResult> ValidateLists(IReadOnlyList<string>? roles, IReadOnlyList<string>? permissions)
    {
        if (roles is not { Count: > 0 })
        {
            yield return new("A user holds at least one role.", ["Roles"]);
        }
        else if (roles.Except(Roles.ForUsers).ToList() is { Count: > 0 } unknown)
        {
            yield return new($"Unknown role(s) {string.Join(", ", unknown)}; a user's roles are {string.Join(", ", Roles.ForUsers)}.", ["Roles"]);
        }

        if (permissions?.Except(Modules.All).ToList() is { Count: > 0 } unknownModules)
        {
            yield return new($"Unknown module(s) {string.Join(", ", unknownModules)}; the modules are {string.Join(", ", Modules.All)}.", ["Permissions"]);
        }
    }

    /// <summary>
    /// The checks that depend on who grants and to whom: an LOA grants only office roles, plan staff belong to no
    /// office and office users are not plan staff, and collections are of the user's own office. Answers the
    /// collections to assign (tracked), or a 400 naming the field.
    /// </summary>
    public static async Task<(List<Collection> Collections, ValidationProblem? Problem)> ResolveAsync(
        IdentityDbContext db, AdminScope scope, Guid? officeId, IReadOnlyList<string> roles, IReadOnlyList<Guid>? collectionIds,
        CancellationToken cancellationToken)
    {
        if (roles.Where(role => !scope.MayGrant(role)).ToList() is { Count: > 0 } refused)
        {
            return ([], Problems.Invalid("roles", $"Only an enterprise administrator grants {string.Join(", ", refused)}."));
        }

        var planWide = roles.Count(Roles.PlanWide.Contains);
        if (officeId is not null && planWide > 0)
        {
            return ([], Problems.Invalid("roles", "EA and PlanStaff are the plan's own staff, who belong to no office."));
        }

        if (officeId is null && planWide < roles.Count)
        {
            return ([], Problems.Invalid("roles", "A user without an office is the plan's staff: EA or PlanStaff only."));
        }

        var wanted = collectionIds?.Distinct().ToList() ?? [];
        var collections = wanted.Count == 0
            ? []
            : await db.Collections.Where(c => c.OfficeId == officeId && wanted.Contains(c.Id)).ToListAsync(cancellationToken);
        // One answer for a collection of another office and for none at all: neither is the user's to have.
        return wanted.Except(collections.Select(c => c.Id)).ToList() is { Count: > 0 } foreign
            ? ([], Problems.Invalid("collectionIds", $"Not a collection of the user's office: {string.Join(", ", foreign)}."))
            : (collections, null);
    }
}
