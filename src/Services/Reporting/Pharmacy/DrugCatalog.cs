using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Reporting.Pharmacy;

/// <summary>A product of the catalog: its NDC, generic active ingredient, PQA class and subclass, and route.</summary>
public sealed class CatalogDrug
{
    public required string Ndc { get; init; }

    public required string DrugName { get; init; }

    public required string Product { get; init; }

    public required string DrugClass { get; init; }

    public required string Subclass { get; init; }

    public DrugRoute Route { get; init; }
}

/// <summary>
/// RPT-03: the drugs of PQA's PDC value sets the report knows — Diabetes All Class (biguanides, sulfonylureas,
/// thiazolidinediones, DPP-4 inhibitors, GLP-1 receptor agonists, SGLT2 inhibitors, meglitinides), RAS antagonists
/// (ACE inhibitors, ARBs, direct renin inhibitor) and statins — plus insulins (the diabetes measure's insulin-user
/// exclusion), the amylin mimetic pramlintide (in no measure) and antidepressants (RPT-01's BHI measure). A table, seeded from this list, so the catalog is data;
/// the NDCs are synthetic (labeler codes 99xxx, 5-4-2), the ingredients real.
/// </summary>
public static class DrugCatalog
{
    public static readonly IReadOnlyList<CatalogDrug> Drugs =
    [
        Drug("99101000101", "metformin", "Metformin 500 mg tablet", DrugClasses.Diabetes, "Biguanide"),
        Drug("99101000201", "metformin", "Metformin ER 750 mg tablet", DrugClasses.Diabetes, "Biguanide"),
        Drug("99101001001", "glipizide", "Glipizide 5 mg tablet", DrugClasses.Diabetes, "Sulfonylurea"),
        Drug("99101001101", "glimepiride", "Glimepiride 2 mg tablet", DrugClasses.Diabetes, "Sulfonylurea"),
        Drug("99101002001", "pioglitazone", "Pioglitazone 30 mg tablet", DrugClasses.Diabetes, "Thiazolidinedione"),
        Drug("99101003001", "sitagliptin", "Sitagliptin 100 mg tablet", DrugClasses.Diabetes, "DPP-4 inhibitor"),
        Drug("99101003101", "linagliptin", "Linagliptin 5 mg tablet", DrugClasses.Diabetes, "DPP-4 inhibitor"),
        Drug("99101004001", "semaglutide", "Semaglutide 1 mg/dose pen", DrugClasses.Diabetes, "GLP-1 receptor agonist", DrugRoute.Injectable),
        Drug("99101004101", "dulaglutide", "Dulaglutide 1.5 mg/0.5 mL pen", DrugClasses.Diabetes, "GLP-1 receptor agonist", DrugRoute.Injectable),
        Drug("99101004201", "liraglutide", "Liraglutide 18 mg/3 mL pen", DrugClasses.Diabetes, "GLP-1 receptor agonist", DrugRoute.Injectable),
        Drug("99101005001", "empagliflozin", "Empagliflozin 10 mg tablet", DrugClasses.Diabetes, "SGLT2 inhibitor"),
        Drug("99101005101", "dapagliflozin", "Dapagliflozin 10 mg tablet", DrugClasses.Diabetes, "SGLT2 inhibitor"),
        Drug("99101006001", "repaglinide", "Repaglinide 1 mg tablet", DrugClasses.Diabetes, "Meglitinide"),
        Drug("99102000101", "lisinopril", "Lisinopril 10 mg tablet", DrugClasses.RasAntagonists, "ACE inhibitor"),
        Drug("99102000201", "enalapril", "Enalapril 10 mg tablet", DrugClasses.RasAntagonists, "ACE inhibitor"),
        Drug("99102001001", "losartan", "Losartan 50 mg tablet", DrugClasses.RasAntagonists, "ARB"),
        Drug("99102001101", "valsartan", "Valsartan 80 mg tablet", DrugClasses.RasAntagonists, "ARB"),
        Drug("99102002001", "aliskiren", "Aliskiren 150 mg tablet", DrugClasses.RasAntagonists, "Direct renin inhibitor"),
        Drug("99103000101", "atorvastatin", "Atorvastatin 20 mg tablet", DrugClasses.Statins, "Statin"),
        Drug("99103000201", "rosuvastatin", "Rosuvastatin 10 mg tablet", DrugClasses.Statins, "Statin"),
        Drug("99103000301", "simvastatin", "Simvastatin 40 mg tablet", DrugClasses.Statins, "Statin"),
        Drug("99103000401", "pravastatin", "Pravastatin 40 mg tablet", DrugClasses.Statins, "Statin"),
        Drug("99104000101", "insulin glargine", "Insulin glargine 100 units/mL pen", DrugClasses.Insulins, "Insulin", DrugRoute.Injectable),
        Drug("99104000201", "insulin lispro", "Insulin lispro 100 units/mL pen", DrugClasses.Insulins, "Insulin", DrugRoute.Injectable),
        Drug("99105000101", "pramlintide", "Pramlintide 1000 mcg/mL pen", DrugClasses.AmylinMimetics, "Amylin mimetic", DrugRoute.Injectable),
        // RPT-01: HEDIS AMM's antidepressant medications, a few of each kind.
        Drug("99106000101", "sertraline", "Sertraline 50 mg tablet", DrugClasses.Antidepressants, "SSRI"),
        Drug("99106000201", "escitalopram", "Escitalopram 10 mg tablet", DrugClasses.Antidepressants, "SSRI"),
        Drug("99106000301", "fluoxetine", "Fluoxetine 20 mg capsule", DrugClasses.Antidepressants, "SSRI"),
        Drug("99106001001", "venlafaxine", "Venlafaxine ER 75 mg capsule", DrugClasses.Antidepressants, "SNRI"),
        Drug("99106001101", "duloxetine", "Duloxetine 60 mg capsule", DrugClasses.Antidepressants, "SNRI"),
        Drug("99106002001", "bupropion", "Bupropion XL 150 mg tablet", DrugClasses.Antidepressants, "Miscellaneous antidepressant"),
        Drug("99106002101", "mirtazapine", "Mirtazapine 15 mg tablet", DrugClasses.Antidepressants, "Tetracyclic antidepressant"),
    ];

    public static IEnumerable<CatalogDrug> InClass(string drugClass) => Drugs.Where(d => d.DrugClass == drugClass);

    private static CatalogDrug Drug(string ndc, string name, string product, string drugClass, string subclass, DrugRoute route = DrugRoute.Oral) =>
        new() { Ndc = ndc, DrugName = name, Product = product, DrugClass = drugClass, Subclass = subclass, Route = route };
}

public sealed class CatalogDrugConfiguration : IEntityTypeConfiguration<CatalogDrug>
{
    public void Configure(EntityTypeBuilder<CatalogDrug> drug)
    {
        drug.ToTable("drug_catalog");
        drug.HasKey(d => d.Ndc);
        drug.Property(d => d.Ndc).HasMaxLength(11).IsFixedLength();
        drug.Property(d => d.DrugName).HasMaxLength(60);
        drug.Property(d => d.Product).HasMaxLength(100);
        drug.Property(d => d.DrugClass).HasMaxLength(10);
        drug.Property(d => d.Subclass).HasMaxLength(40);
        drug.Property(d => d.Route).HasConversion<string>().HasMaxLength(10);
        drug.HasData(DrugCatalog.Drugs);
    }
}
