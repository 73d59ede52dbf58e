using Xunit;

namespace Platform.X12.Tests;

public sealed class X12ReaderTests
{
    [Fact]
    public void The_guides_270_is_read_into_its_envelopes_and_segments()
    {
        var (interchange, error) = X12Reader.Read(Interchanges.Of());

        Assert.Null(error);
        Assert.Equal(X12Separators.Default, interchange!.Separators);
        Assert.Equal(("000000905", new X12Party("ZZ", "SUBMITTERS.ID"), false), (interchange.ControlNumber, interchange.Sender, interchange.IsProduction));
        var group = Assert.Single(interchange.Groups);
        Assert.Equal(("HS", "1", "005010X279A1"), (group.FunctionalId, group.ControlNumber, group.Version));
        var set = Assert.Single(group.TransactionSets);
        Assert.True(set.Accepted);
        Assert.Equal(("270", "1234", 11), (set.Id, set.ControlNumber, set.Body.Count));
        var subscriber = set.Body.Single(s => s.Id == "NM1" && s[1] == "IL");
        Assert.Equal(("SMITH", "MI", "012345678", ""), (subscriber[3], subscriber[8], subscriber[9], subscriber[10]));
    }

    [Fact]
    public void Any_four_delimiters_the_ISA_declares_are_honoured_and_line_breaks_between_segments_ignored()
    {
        var text = Interchanges.Of().Replace('*', '|').Replace(":~", ">~").Replace("|^|", "|!|").Replace("~", "~\r\n");

        var (interchange, error) = X12Reader.Read(text);

        Assert.Null(error);
        Assert.Equal(new X12Separators('|', '!', '>', '~'), interchange!.Separators);
        Assert.True(Assert.Single(Assert.Single(interchange.Groups).TransactionSets).Accepted);
    }

    [Theory]
    [InlineData(14, new[] { "4" })]
    [InlineData(null, new[] { "3" }, "9999")]
    public void A_set_whose_trailer_miscounts_or_misnames_it_is_read_with_the_999_code(int? seCount, string[] codes, string seControl = "1234")
    {
        var (interchange, _) = X12Reader.Read(Interchanges.Of(seCount: seCount, seControl: seControl));

        Assert.Equal(codes, Assert.Single(Assert.Single(interchange!.Groups).TransactionSets).ErrorCodes);
    }

    [Fact]
    public void A_set_without_its_SE_is_trailer_missing_and_a_group_without_GE_likewise()
    {
        var text = Interchanges.Isa + "GS*HS*S*R*20261207*1253*7*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*1*20261207*1319~IEA*1*000000905~";

        var (interchange, _) = X12Reader.Read(text);

        var group = Assert.Single(interchange!.Groups);
        Assert.Equal(["3"], group.ErrorCodes);
        Assert.Equal(["2"], Assert.Single(group.TransactionSets).ErrorCodes);
    }

    [Fact]
    public void A_group_whose_GE_miscounts_its_sets_and_a_set_foreign_to_its_group_are_flagged()
    {
        var text = Interchanges.Of(geCount: "2").Replace("ST*270*", "ST*837*");

        var (interchange, _) = X12Reader.Read(text);

        var group = Assert.Single(interchange!.Groups);
        Assert.Equal(["5"], group.ErrorCodes);
        Assert.Equal(["1"], Assert.Single(group.TransactionSets).ErrorCodes);
    }

    [Theory]
    [InlineData("GS*HS*S*R*20261207*1253*1*X*005010X279A1~", "024")]
    [InlineData("ISA*00*          *00*          *ZZ*SUBMITTER*ZZ*RECEIVERS.ID   *261207*1253*^*00501*000000905*1*T*:~", "024")]
    public void Text_that_does_not_begin_with_a_whole_ISA_is_no_interchange(string text, string code)
    {
        var (interchange, error) = X12Reader.Read(text + "IEA*0*000000905~");

        Assert.Null(interchange);
        Assert.Equal(code, error!.NoteCode);
    }

    [Fact]
    public void An_interchange_cut_short_or_with_a_wrong_IEA_is_refused_with_the_TA1_note_code()
    {
        var whole = Interchanges.Of();

        Assert.Equal("023", X12Reader.Read(whole[..whole.IndexOf("IEA", StringComparison.Ordinal)]).Error!.NoteCode);
        Assert.Equal("001", X12Reader.Read(Interchanges.Of(ieaControl: "000000906")).Error!.NoteCode);
        Assert.Equal("021", X12Reader.Read(whole.Replace("IEA*1*", "IEA*2*")).Error!.NoteCode);
        Assert.Equal("024", X12Reader.Read(whole + "ST*270*1*005010X279A1~").Error!.NoteCode);
    }
}
