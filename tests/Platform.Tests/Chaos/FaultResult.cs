using System.Text;

namespace Platform.Tests.Chaos;

/// <summary>
/// What one fault showed. <see cref="FirstAnswer"/>: the probe sent right after the kill ("503 problem", "refused" when
/// no process answers at all). <see cref="BackUp"/>: from the kill until the process (or server) is ready again.
/// <see cref="Recovery"/>: from then until the probe through the gateway works.
/// </summary>
public sealed record FaultResult(Fault Fault, string FirstAnswer, TimeSpan FirstAnswerTime, TimeSpan BackUp, TimeSpan Recovery);

public static class ChaosReport
{
    /// <summary>A Markdown table: one row for the steady start, then one per fault.</summary>
    public static string Format(IReadOnlyList<FaultResult> faults, IReadOnlyDictionary<int, PhaseTally> tallies,
        IReadOnlyDictionary<(int Phase, string Answer), int> answers)
    {
        var table = new StringBuilder()
            .AppendLine("| Fault (SIGKILL) | First answer | Accepted | Lost | Doubled | Unsettled | Retried after | Back up (s) | Recovery (s) |")
            .AppendLine("|---|---|--:|--:|--:|--:|---|--:|--:|");
        for (var phase = 0; phase <= faults.Count; phase++)
        {
            var tally = tallies.GetValueOrDefault(phase, new PhaseTally(0, 0, 0, 0));
            var retried = string.Join(", ", answers.Where(a => a.Key.Phase == phase).OrderBy(a => a.Key.Answer).Select(a => $"{a.Value}× {a.Key.Answer}"));
            var (name, first, backUp, recovery) = phase == 0
                ? ("none (steady mix)", "–", "–", "–")
                : (faults[phase - 1].Fault.Name, $"{faults[phase - 1].FirstAnswer} in {faults[phase - 1].FirstAnswerTime.TotalMilliseconds:0} ms",
                    $"{faults[phase - 1].BackUp.TotalSeconds:0.0}", $"{faults[phase - 1].Recovery.TotalSeconds:0.00}");
            table.AppendLine($"| {name} | {first} | {tally.Accepted} | {tally.Lost} | {tally.Doubled} | {tally.Unsettled} | {(retried.Length > 0 ? retried : "–")} | {backUp} | {recovery} |");
        }

        return table.ToString();
    }
}
