namespace Platform.Web.Api;

/// <summary>One class's adherence in a network (RPT-02), as the reporting service answers.</summary>
public sealed record ClassAdherence(string DrugClass, string Name, int Measured, int Adherent, decimal? Rate);

/// <summary>A row of the PDC report's Health Network view.</summary>
public sealed record NetworkAdherence(string Network, int Members, IReadOnlyList<ClassAdherence> Classes);

/// <summary>A row of the PDC report's PCP / Prescriber view.</summary>
public sealed record PdcProvider(string Npi, string Tin, string Name, string Type, string Specialty);
