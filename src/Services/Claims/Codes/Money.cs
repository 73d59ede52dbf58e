namespace Platform.Claims.Codes;

/// <summary>Amounts in dollars and cents: at least the minimum, at most what the columns hold, two places at most.</summary>
public static class Money
{
    public const decimal Max = 9_999_999_999.99m;

    public static string? Problem(decimal? amount, decimal minimum = 0m) => amount switch
    {
        null => "Required.",
        { } value when value < minimum || value > Max => $"An amount from {minimum:0.00} to {Max:0.00}.",
        { } value when decimal.Round(value, 2) != value => "Amounts have at most two decimal places.",
        _ => null,
    };
}
