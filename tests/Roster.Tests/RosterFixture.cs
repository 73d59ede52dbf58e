using Platform.Roster.Data;
using Platform.Testing;

namespace Platform.Roster.Tests;

public sealed class RosterFixture() : ServiceFixture<Program, RosterDbContext>("rosterdb");
