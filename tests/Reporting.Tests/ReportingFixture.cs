using Platform.Reporting.Data;
using Platform.Testing;

namespace Platform.Reporting.Tests;

/// <summary>The reporting service on a fresh database and virtual host.</summary>
public sealed class ReportingFixture() : ServiceFixture<Program, ReportingDbContext>("reportingdb");
