using Platform.Dispute.Data;
using Platform.Testing;

namespace Platform.Dispute.Tests;

public sealed class DisputeFixture() : ServiceFixture<Program, DisputeDbContext>("disputedb");
