using Platform.Contracts.Identifiers;

namespace Platform.Testing;

/// <summary>Valid identifiers from a seeded generator, so tests never share literals or collide across classes.</summary>
public static class TestData
{
    private static readonly Random Seeded = new(20261122);
    private static readonly Lock Gate = new();

    public static string Npi()
    {
        var nine = Digits(9);
        return nine + global::Platform.Contracts.Identifiers.Npi.CheckDigit(nine);
    }

    public static string Cin() => Digits(8) + (char)('A' + Next(26));

    public static string ClaimNumber() => $"C{Digits(11)}";

    public static string MedsId() => Digits(9);

    private static string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => Next(10)));

    private static int Next(int max)
    {
        lock (Gate)
        {
            return Seeded.Next(max);
        }
    }
}
