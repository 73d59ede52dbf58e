using Platform.Eligibility.Data;
using Platform.Testing;

namespace Platform.Eligibility.Tests;

public sealed class EligibilityFixture() : ServiceFixture<Program, EligibilityDbContext>("eligibilitydb")
{
    /// <summary>Inserts what a test builds (members with their spans, providers) straight into the service's database.</summary>
    public Task SaveAsync(params object[] entities) => QueryAsync(db =>
    {
        db.AddRange(entities);
        return db.SaveChangesAsync();
    });
}
