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

    [Fact]
    public void Segments_a_service_finds_in_error_are_IK3_with_their_IK4_and_reject_the_set_with_code_5()
    {
        var (received, _) = X12Reader.Read(Interchanges.Of());
        var group = received!.Groups[0];
        var set = group.TransactionSets[0] with
        {
            SegmentErrors = [new X12SegmentError("NM1", 9, "2100C", "8", new X12ElementError(1, "7", "XX")), new X12SegmentError("DTP", 11, "2100C", "3")],
        };

        var segments = Segments(FunctionalAcknowledgment.For(received with { Groups = [group with { TransactionSets = [set] }] }, At, 45));

        Assert.Equal(["IK3*NM1*9*2100C*8", "IK4*1**7*XX", "IK3*DTP*11*2100C*3", "IK5*R*5", "AK9*R*1*1*0"], segments[5..10]);
    }

    [Fact]
    public void An_interchange_that_cannot_be_read_past_its_ISA_is_answered_by_a_TA1_to_its_sender()
    {
        var whole = Interchanges.Of();
        var (_, error) = X12Reader.Read(whole.Replace("IEA*1*", "IEA*2*"));

        var ta1 = Segments(X12Writer.WriteInterchangeAcknowledgment(X12Envelope.AnswerTo(error!.Isa!, At, 46), error.Isa!, error.NoteCode, error.Separators));

        Assert.Equal(
            ["ISA*00*          *00*          *ZZ*RECEIVERS.ID   *ZZ*SUBMITTERS.ID  *261207*1305*^*00501*000000046*0*T*:", "TA1*000000905*261207*1253*R*021", "IEA*0*000000046"],
            ta1);
    }
}
