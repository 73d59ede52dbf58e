using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Platform.Reporting.Pdc.Workbook;

/// <summary>
/// Writes one worksheet's rows through the SDK's SAX writer: each cell goes to the part's stream as it is written,
/// strings inline (no shared-string table to hold), numbers and dates as numbers with a style.
/// </summary>
internal sealed class SheetWriter(OpenXmlWriter writer)
{
    /// <summary>Excel's serial day 0 (1900 date system, with its 1900 leap-year quirk folded in).</summary>
    private static readonly int ExcelEpoch = new DateOnly(1899, 12, 30).DayNumber;

    public uint Row { get; private set; }

    public void StartRow()
    {
        Row++;
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", Row.ToString(CultureInfo.InvariantCulture))]);
    }

    public void EndRow() => writer.WriteEndElement();

    public void Text(string? value, uint style = WorkbookStyles.Default)
    {
        if (string.IsNullOrEmpty(value))
        {
            Empty();
            return;
        }

        writer.WriteStartElement(new Cell(), Attributes(style, "inlineStr"));
        writer.WriteStartElement(new InlineString());
        writer.WriteElement(new Text(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Number(decimal? value, uint style = WorkbookStyles.Default)
    {
        if (value is not { } number)
        {
            Empty();
            return;
        }

        writer.WriteStartElement(new Cell(), Attributes(style, null));
        writer.WriteElement(new CellValue(number.ToString(CultureInfo.InvariantCulture)));
        writer.WriteEndElement();
    }

    public void Date(DateOnly? value) => Number(value is { } day ? day.DayNumber - ExcelEpoch : null, WorkbookStyles.Date);

    /// <summary>A placeholder keeping the next cell in its column (cells carry no reference).</summary>
    public void Empty() => writer.WriteElement(new Cell());

    /// <summary>A row of bold texts.</summary>
    public void Header(params string[] texts)
    {
        StartRow();
        foreach (var text in texts)
        {
            Text(text, WorkbookStyles.Bold);
        }

        EndRow();
    }

    private static List<OpenXmlAttribute> Attributes(uint style, string? type)
    {
        List<OpenXmlAttribute> attributes = [];
        if (style != WorkbookStyles.Default)
        {
            attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            attributes.Add(new OpenXmlAttribute("t", "", type));
        }

        return attributes;
    }
}
