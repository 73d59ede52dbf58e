using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Outbox;

namespace Platform.Identity.Data;

/// <summary>Only the outbox and inbox so far; users, roles and collections (ACC-01..03) come with real sign-in.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ServiceDbContext(options);
