namespace Platform.DbDesign;

public sealed class ClaimsFactory : DesignTimeFactory<Platform.Claims.Data.ClaimsDbContext>;
public sealed class DisputeFactory : DesignTimeFactory<Platform.Dispute.Data.DisputeDbContext>;
public sealed class IdentityFactory : DesignTimeFactory<Platform.Identity.Data.IdentityDbContext>;
public sealed class EligibilityFactory : DesignTimeFactory<Platform.Eligibility.Data.EligibilityDbContext>;
public sealed class ReferralFactory : DesignTimeFactory<Platform.Referral.Data.ReferralDbContext>;
public sealed class RosterFactory : DesignTimeFactory<Platform.Roster.Data.RosterDbContext>;
public sealed class ReportingFactory : DesignTimeFactory<Platform.Reporting.Data.ReportingDbContext>;
public sealed class InteropFactory : DesignTimeFactory<Platform.Interop.Data.InteropDbContext>;
