using Xunit;

namespace Platform.X12.Tests;

public sealed class FunctionalAcknowledgmentTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 13, 5, 0, TimeSpan.FromHours(-8));

    private static List<string> Segments(string text) => [.. text.Split('~', StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public void An_accepted_270_is_acknowledged_set_by_set_from_the_receiver_back_to_the_sender()
    {
        var (received, _) = X12Reader.Read(Interchanges.Of());

        var ack = FunctionalAcknowledgment.For(received!, At, 42);

        var segments = Segments(ack);
        Assert.Equal("ISA*00*          *00*          *ZZ*RECEIVERS.ID   *ZZ*SUBMITTERS.ID  *261207*1305*^*00501*000000042*0*T*:", segments[0]);
        Assert.Equal(
            ["GS*FA*RECEIVERS.ID*SUBMITTERS.ID*20261207*1305*42*X*005010X231A1", "ST*999*0001*005010X231A1", "AK1*HS*1*005010X279A1",
             "AK2*270*1234*005010X279A1", "IK5*A", "AK9*A*1*1*1", "SE*6*0001", "GE*1*42", "IEA*1*000000042"],
            segments[1..]);
        // The 999 is itself an interchange this reader accepts.
        var (again, error) = X12Reader.Read(ack);
        Assert.Null(error);
        Assert.True(Assert.Single(Assert.Single(again!.Groups).TransactionSets).Accepted);
    }

    [Fact]
    public void A_group_with_one_bad_set_of_two_is_partially_accepted_and_the_bad_one_rejected_with_its_code()
    {
        var text = Interchanges.Isa + "GS*HS*SUBMITTERS.ID*RECEIVERS.ID*20261207*1253*1*X*005010X279A1~"
            + Interchanges.Set(Interchanges.Eligibility270) + Interchanges.Set(Interchanges.Eligibility270, seCount: 3, control: "1235", seControl: "1235")
            + "GE*2*1~IEA*1*000000905~";
        var (received, _) = X12Reader.Read(text);

        var segments = Segments(FunctionalAcknowledgment.For(received!, At, 43));

        Assert.Contains("IK5*A", segments);
        Assert.Contains("IK5*R*4", segments);
        Assert.Contains("AK9*P*2*2*1", segments);
    }

    [Fact]
    public void A_group_whose_envelope_is_wrong_is_rejected_whole_with_its_AK9_code()
    {
        var (received, _) = X12Reader.Read(Interchanges.Of(geCount: "3"));

        var segments = Segments(FunctionalAcknowledgment.For(received!, At, 44));

        Assert.Contains("AK9*R*1*1*1*5", segments);
    }
}
