using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Data;
using Platform.Identity.Users;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Audit;

namespace Platform.Identity.Admin;

/// <summary>A new account. OfficeId: an LOA's own office when omitted; for an EA, omitted means the plan's staff.</summary>
public sealed record CreateUserRequest(
    [property: Required, EmailAddress, MaxLength(254)] string Email,
    [property: Required, MaxLength(200)] string Name,
    [property: Required] IReadOnlyList<string> Roles,
    // A new user may start with no module and no collection: these two may be left out (the OpenAPI says so too).
    Guid? OfficeId = null,
    IReadOnlyList<string>? Permissions = null,
    IReadOnlyList<Guid>? CollectionIds = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => UserAccess.ValidateLists(Roles, Permissions);
}

/// <summary>The only time the one-time password is shown: it is stored as a hash.</summary>
public sealed record CreatedUser(UserDetails User, string OneTimePassword);

public static class CreateUser
{
    /// <summary>
    /// ACC-03/05: a personal account in an office the caller administers, with a server-generated one-time password
    /// the user must change before their first sign-in.
    /// </summary>
    public static RouteHandlerBuilder MapCreateUser(this RouteGroupBuilder admin) => admin
        .MapPost("/users", async Task<Results<Created<CreatedUser>, ValidationProblem, ProblemHttpResult>> (
            CreateUserRequest request, AdminScope scope, IdentityDbContext db, IAuditTrail audit, IPasswordHasher<User> hasher, TimeProvider time,
            HttpResponse response, CancellationToken cancellationToken) =>
        {
            // An LOA's office is their token's; one they name is trusted only if it is that same office.
            var officeId = request.OfficeId ?? scope.Office;
            if (!scope.Administers(officeId) || (officeId is not null && !await db.Offices.AnyAsync(o => o.Id == officeId, cancellationToken)))
            {
                return Problems.NotFound($"Office {officeId}");
            }

            var email = User.NormalizeEmail(request.Email);
            if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
            {
                return Problems.Conflict("A user with this email already exists.", "Accounts are personal (ACC-05): one email, one person.");
            }

            var (collections, problem) = await UserAccess.ResolveAsync(db, scope, officeId, request.Roles, request.CollectionIds, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            var user = new User
            {
                Email = email,
                Name = request.Name.Trim(),
                OfficeId = officeId,
                Roles = [.. request.Roles.Distinct()],
                Permissions = [.. (request.Permissions ?? []).Distinct()],
                Collections = collections,
                MustChangePassword = true,
                CreatedAt = time.GetUtcNow(),
            };
            var password = OneTimePassword.For(email);
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            db.AddAudit(audit, AuditActions.Create, nameof(User), user.Id.ToString());
            await db.SaveChangesAsync(cancellationToken);

            response.Headers.CacheControl = "no-store";
            var details = await GetUser.DetailsAsync(db, scope, user.Id, cancellationToken);
            return TypedResults.Created($"/api/v1/admin/users/{user.Id}", new CreatedUser(details!, password));
        })
        .WithName("CreateUser")
        .WithSummary("Creates a user with a one-time password, shown only in this answer, that must be changed before sign-in.");
}
