using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.DbDesign;

/// <summary>
/// Builds a service's DbContext for the EF tools. Migrations are generated without a server; the connection
/// string is only there to select the provider.
/// </summary>
public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost").Options)!;
}
