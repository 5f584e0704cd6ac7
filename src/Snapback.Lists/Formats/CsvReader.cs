using System.Text;

namespace Snapback.Lists.Formats;

/// <summary>
/// A streaming RFC 4180 reader: fields separated by commas, optionally double-quoted, a doubled quote inside quotes is one quote,
/// quoted fields may hold commas and line breaks. CRLF and LF both end a record; blank lines are skipped; a DOS EOF byte (0x1A)
/// at the start of a line ends the file. Malformed input throws <see cref="ListFormatException"/> naming the file and line.
/// </summary>
public static class CsvReader
{
    private const char DosEof = '\u001a';

    /// <summary>Reads every record of <paramref name="reader"/> as an array of field values.</summary>
    /// <param name="reader">The text; it is read to the end lazily, one record at a time.</param>
    /// <param name="fileName">Named in error messages.</param>
    /// <param name="expectedFields">When positive, a record with another number of fields is rejected.</param>
    public static IEnumerable<string[]> ReadRows(TextReader reader, string fileName, int expectedFields = 0)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);

        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        while (true)
        {
            var startLine = line;
            if (!ReadRecord(reader, fileName, fields, field, ref line))
            {
                yield break;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (expectedFields > 0 && fields.Count != expectedFields)
            {
                throw new ListFormatException(
                    fileName, $"line {startLine}: expected {expectedFields} fields, found {fields.Count}");
            }

            yield return [.. fields];
        }
    }

    /// <summary>Reads one record into <paramref name="fields"/>; false at end of input.</summary>
    private static bool ReadRecord(TextReader reader, string fileName, List<string> fields, StringBuilder field, ref int line)
    {
        fields.Clear();
        field.Clear();
        var first = reader.Peek();
        if (first < 0 || first == DosEof)
        {
            return false;
        }

        var quoted = false;
        var startedQuoted = false;
        var quoteLine = line;
        while (true)
        {
            var next = reader.Read();
            if (next == 0)
            {
                throw new ListFormatException(fileName, $"line {line}: NUL character (binary or UTF-16 content, not a text CSV)");
            }

            if (quoted)
            {
                if (next < 0)
                {
                    throw new ListFormatException(
                        fileName, $"line {quoteLine}: quoted field not closed before end of file (file truncated?)");
                }

                if (next == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (next == '\n')
                    {
                        line++;
                    }

                    field.Append((char)next);
                }

                continue;
            }

            switch (next)
            {
                case '"' when field.Length == 0 && !startedQuoted:
                    quoted = true;
                    startedQuoted = true;
                    quoteLine = line;
                    break;
                case '"':
                    throw new ListFormatException(fileName, $"line {line}: stray quote inside an unquoted or already closed field");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    startedQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n' or '\r' or -1:
                    fields.Add(field.ToString());
                    if (next != -1)
                    {
                        line++;
                    }

                    return true;
                default:
                    if (!startedQuoted)
                    {
                        field.Append((char)next);
                    }
                    else if (!char.IsWhiteSpace((char)next))
                    {
                        throw new ListFormatException(fileName, $"line {line}: text after the closing quote of a field");
                    }

                    break;
            }
        }
    }
}
