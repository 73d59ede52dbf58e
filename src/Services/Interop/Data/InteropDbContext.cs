using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Interop.Data;

/// <summary>
/// The interop service owns no member, claim or referral data: it answers from the owners' APIs. Its database holds
/// what is its own — the audit entries it stages (ACC-05), the bulk exports it runs, and the PAS Bundles it submitted (PasSubmission).
/// </summary>
public sealed class InteropDbContext(DbContextOptions<InteropDbContext> options) : ServiceDbContext(options);
