namespace Platform.Synthetic;

/// <summary>
/// SplitMix64 draws keyed by (seed, index): member i's draws do not depend on any other member, so one member can be
/// rebuilt alone, and the sequence is fixed by this code rather than by a runtime's Random implementation.
/// </summary>
public sealed class Draws(int seed, long index)
{
    private ulong state = ((ulong)(uint)seed << 40) ^ (ulong)index * 0x9E3779B97F4A7C15UL;

    public ulong NextBits()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number in [0, max).</summary>
    public int Next(int max) => (int)(NextBits() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => (NextBits() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>One of the choices, each as likely as its weight among all the weights.</summary>
    public T PickWeighted<T>(IReadOnlyList<(T Value, int Weight)> choices)
    {
        var roll = Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        throw new InvalidOperationException("No choices to pick from.");
    }
}
