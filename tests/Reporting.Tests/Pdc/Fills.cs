using Platform.Reporting.Pharmacy;

namespace Platform.Reporting.Tests.Pdc;

/// <summary>Fills of the catalog's drugs for hand-worked PDC cases.</summary>
internal static class Fills
{
    public const string Cin = "900000001";

    public static PharmacyFill Of(string drugName, string date, int daysSupply)
    {
        var drug = DrugCatalog.Drugs.First(d => d.DrugName == drugName);
        return new PharmacyFill
        {
            Id = Guid.NewGuid(), Cin = Cin, FilledOn = Day(date), Ndc = drug.Ndc, DrugName = drug.DrugName, DrugClass = drug.DrugClass,
            Route = drug.Route, DaysSupply = daysSupply, Quantity = daysSupply, PrescriberNpi = "1000000004", PharmacyNpi = "1000000012",
            PharmacyName = "Test Pharmacy",
        };
    }

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd");
}
