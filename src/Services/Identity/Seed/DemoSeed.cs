using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identifiers;
using Platform.Identity.Data;
using Platform.Identity.Offices;
using Platform.Identity.Partners;
using Platform.Identity.Users;
using Platform.ServiceDefaults.Auth;

namespace Platform.Identity.Seed;

public sealed record DemoProvider(string Npi, string ProviderId, string Name, string Tin);

public sealed record DemoUser(string Email, string Name, string Role, IReadOnlyList<string> Permissions);

/// <summary>
/// The local/demo run's offices, providers, users (one per role) and partner client, loaded by the migrate step
/// only when Identity:SeedDemoData is set. Its credentials are published in the README and exist nowhere else.
/// </summary>
public static class DemoSeed
{
    public const string Password = "Demo-Portal-Pass-2026";
    public const string PartnerClientId = "altamed-api";
    public const string PartnerSecret = "demo-altamed-client-secret-2026";
    public const string PartnerNetwork = "ALTAMED";

    public const string HarborTin = "330000001";
    public const string OrangeCoastTin = "330000002";

    public static readonly DemoProvider AnaheimPediatrician = Provider("100000001", "P100001", "Ana Reyes, MD", HarborTin);
    public static readonly DemoProvider IrvinePediatrician = Provider("100000002", "P100002", "Ben Okafor, MD", HarborTin);
    public static readonly DemoProvider HarborNursePractitioner = Provider("100000003", "P100003", "Carla Nguyen, NP", HarborTin);
    public static readonly DemoProvider BehavioralTherapist = Provider("100000004", "P100004", "Dev Patel, BCBA", OrangeCoastTin);
    public static readonly DemoProvider Psychiatrist = Provider("100000005", "P100005", "Eve Morales, MD", OrangeCoastTin);

    private static readonly string[] OfficeModules =
        [Modules.Members, Modules.Claims, Modules.Disputes, Modules.Referrals, Modules.Roster, Modules.Reports, Modules.Attestation];

    /// <summary>A user of Harbor's Anaheim clinic: the collection holds one of the office's three providers.</summary>
    public static readonly DemoUser ProviderUser = new("user@harbor.example", "Dana User", Roles.User, OfficeModules);
    public static readonly DemoUser HarborLoa = new("loa@harbor.example", "Lee Harbor-Admin", Roles.Loa, Modules.All);
    public static readonly DemoUser OrangeCoastLoa = new("loa@orangecoast.example", "Olga Coast-Admin", Roles.Loa, Modules.All);
    public static readonly DemoUser EnterpriseAdmin = new("ea@plan.example", "Evan Enterprise-Admin", Roles.Ea, Modules.All);
    public static readonly DemoUser PlanStaff = new("planstaff@plan.example", "Pat Plan-Reviewer", Roles.PlanStaff,
        [Modules.Members, Modules.Claims, Modules.Disputes, Modules.Referrals, Modules.Reports]);

    public static readonly IReadOnlyList<DemoUser> Users = [ProviderUser, HarborLoa, OrangeCoastLoa, EnterpriseAdmin, PlanStaff];

    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IOptions<IdentityOptions>>().Value.SeedDemoData)
        {
            return;
        }

        var db = services.GetRequiredService<IdentityDbContext>();
        if (await db.Users.AnyAsync(u => u.Email == EnterpriseAdmin.Email, cancellationToken))
        {
            return;
        }

        var hasher = services.GetRequiredService<IPasswordHasher<User>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        User Person(DemoUser demo, Guid? office, params Collection[] collections)
        {
            var user = new User
            {
                Email = demo.Email, Name = demo.Name, OfficeId = office, Roles = [demo.Role], Permissions = [.. demo.Permissions],
                Collections = [.. collections], CreatedAt = now,
            };
            user.PasswordHash = hasher.HashPassword(user, Password);
            return user;
        }

        var harbor = Office("Harbor Pediatrics Medical Group", HarborTin, AnaheimPediatrician, IrvinePediatrician, HarborNursePractitioner);
        var anaheim = new Collection { OfficeId = harbor.Id, Name = "Anaheim clinic", Providers = [harbor.Providers[0]] };
        harbor.Collections.Add(anaheim);
        var orangeCoast = Office("Orange Coast Behavioral Health", OrangeCoastTin, BehavioralTherapist, Psychiatrist);
        var harborLoa = Person(HarborLoa, harbor.Id, harbor.Collections[0]);
        var coastLoa = Person(OrangeCoastLoa, orangeCoast.Id, orangeCoast.Collections[0]);
        db.Offices.AddRange(harbor, orangeCoast);
        db.Users.AddRange(Person(ProviderUser, harbor.Id, anaheim), harborLoa, coastLoa, Person(EnterpriseAdmin, null), Person(PlanStaff, null));
        db.PartnerClients.Add(new PartnerClient
        {
            ClientId = PartnerClientId, Name = "AltaMed Health Services API", NetworkCode = PartnerNetwork,
            SecretHash = ClientCredentials.HashSecret(PartnerSecret), Permissions = [Modules.Members, Modules.Claims, Modules.Referrals, Modules.Disputes],
            CreatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        // ACC-03: each office's site administrator, once both rows exist.
        harbor.SiteAdministratorId = harborLoa.Id;
        orangeCoast.SiteAdministratorId = coastLoa.Id;
        db.AnnounceSiteAdministrator(harbor, harborLoa, now);
        db.AnnounceSiteAdministrator(orangeCoast, coastLoa, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Office Office(string name, string tin, params DemoProvider[] providers)
    {
        var office = new Office { Name = name, Tin = tin };
        office.Providers.AddRange(providers.Select(p => new Provider { Npi = p.Npi, ProviderId = p.ProviderId, Name = p.Name, Tin = p.Tin, OfficeId = office.Id }));
        office.Collections.Add(new Collection { OfficeId = office.Id, Name = "All providers", Providers = [.. office.Providers] });
        return office;
    }

    /// <summary>NPIs from fixed nine-digit stems with their real check digit, so they pass every NPI validation.</summary>
    private static DemoProvider Provider(string stem, string providerId, string name, string tin) =>
        new(stem + Npi.CheckDigit(stem), providerId, name, tin);
}
