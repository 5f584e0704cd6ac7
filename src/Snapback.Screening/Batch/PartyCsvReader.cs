using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Snapback.Screening.Batch;

/// <summary>
/// Reads the records of a customer CSV file (RFC 4180: commas, optional double quotes, <c>""</c> for a quote, line breaks inside
/// quotes) so that one bad record costs only itself. A stray quote, text after a closing quote, a NUL byte, bytes that are not
/// UTF-8 or a record over the size cap make that record an error, and reading starts again on the next line. Only a quote never
/// closed before the end of the input swallows what follows it; the error then names the lines lost. Memory stays within the cap
/// whatever the input.
/// </summary>
internal sealed class PartyCsvReader
{
    private const byte DosEof = 0x1A;

    private readonly int _maxRecordBytes;
    private readonly ArrayBufferWriter<byte> _field = new();
    private readonly List<string> _fields = [];
    private long _startLine;
    private long _quoteLine;
    private int _quoteField;
    private long _recordBytes;
    private bool _inQuotes;
    private bool _closed;
    private string? _error;

    private PartyCsvReader(int maxRecordBytes) => _maxRecordBytes = maxRecordBytes;

    /// <summary>Every non-blank record of <paramref name="stream"/>, in order; a DOS end-of-file byte (0x1A) at a line start ends it.</summary>
    public static async IAsyncEnumerable<CsvRecord> ReadAsync(
        Stream stream, int maxRecordBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new Utf8LineReader(stream, maxRecordBytes);
        var csv = new PartyCsvReader(maxRecordBytes);
        var open = false;
        while (await lines.ReadAsync(cancellationToken))
        {
            var line = lines.Line.Span;
            if (!open)
            {
                if (lines.TooLongBytes > 0)
                {
                    yield return new CsvRecord(lines.LineNumber, [], csv.TooLong(lines.TooLongBytes));
                    continue;
                }

                if (line.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                if (line[0] == DosEof)
                {
                    yield break;
                }

                csv.Start(lines.LineNumber);
            }
            else if (lines.TooLongBytes > 0)
            {
                // The rest of a quoted field ran past the cap on one line: the record is lost, the next line starts afresh.
                open = false;
                yield return new CsvRecord(csv._startLine, csv.Whole(), csv.TooLong(csv._recordBytes + lines.TooLongBytes));
                continue;
            }

            open = csv.Feed(line, lines.LineNumber);
            if (!open)
            {
                yield return csv.End();
            }
        }

        if (open)
        {
            yield return csv.Unclosed(lines.LineNumber);
        }
    }

    private void Start(long line)
    {
        _startLine = line;
        _fields.Clear();
        _field.Clear();
        _recordBytes = 0;
        _inQuotes = false;
        _closed = false;
        _error = null;
    }

    // Parses one physical line into the record; true when the record goes on past it (a quoted field holds a line break).
    private bool Feed(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (_inQuotes)
        {
            Append("\n"u8);
        }

        var i = 0;
        while (i < line.Length)
        {
            if (_inQuotes)
            {
                var quote = line[i..].IndexOf((byte)'"');
                if (quote < 0)
                {
                    Append(line[i..]);
                    return true;
                }

                Append(line.Slice(i, quote));
                i += quote + 1;
                if (i < line.Length && line[i] == (byte)'"')
                {
                    Append("\""u8);
                    i++;
                }
                else
                {
                    _inQuotes = false;
                    _closed = true;
                }

                continue;
            }

            var b = line[i++];
            if (b == (byte)',')
            {
                if (!EndField())
                {
                    return false;
                }
            }
            else if (_closed)
            {
                if (b is not ((byte)' ' or (byte)'\t'))
                {
                    return Fail($"text after the closing quote of field {_fields.Count + 1}");
                }
            }
            else if (b == (byte)'"')
            {
                if (!_field.WrittenSpan.Trim(" \t"u8).IsEmpty)
                {
                    return Fail($"stray quote in field {_fields.Count + 1} (a quote may only open or close a field)");
                }

                _field.Clear();
                _inQuotes = true;
                _quoteLine = lineNumber;
                _quoteField = _fields.Count + 1;
            }
            else if (b == 0)
            {
                return Fail("NUL byte (binary or UTF-16 content; save the file as CSV UTF-8)");
            }
            else
            {
                Append(new ReadOnlySpan<byte>(in b));
            }
        }

        if (_inQuotes)
        {
            return true;
        }

        EndField();
        return false;
    }

    private CsvRecord End()
    {
        var error = _error ?? (_recordBytes > _maxRecordBytes ? TooLong(_recordBytes) : null);
        return new CsvRecord(_startLine, Whole(), error);
    }

    private CsvRecord Unclosed(long lastLine)
    {
        var error = $"the quote opening field {_quoteField} on line {_quoteLine} is never closed";
        if (lastLine <= _quoteLine)
        {
            return new CsvRecord(_startLine, Whole(), error + " (the file ends inside it: cut short?)");
        }

        var lost = string.Create(CultureInfo.InvariantCulture, $"lines {_quoteLine + 1:N0}–{lastLine:N0} ({lastLine - _quoteLine:N0} lines)");
        return new CsvRecord(_startLine, Whole(), $"{error}, so the rest of the file could not be split into rows: {lost} not screened", lost);
    }

    // The fields read whole; past the cap they are empty, so only those before it count.
    private string[] Whole() => _recordBytes > _maxRecordBytes ? [.. _fields.TakeWhile(static f => f.Length > 0)] : [.. _fields];

    private string TooLong(long bytes) => string.Create(
        CultureInfo.InvariantCulture, $"record longer than {_maxRecordBytes:N0} bytes ({bytes:N0}); not screened");

    private bool Fail(string error)
    {
        _error ??= error;
        return false;
    }

    private bool EndField()
    {
        var bytes = _field.WrittenSpan;
        if (!Utf8.IsValid(bytes))
        {
            return Fail($"field {_fields.Count + 1} is not valid UTF-8 text (save the file as CSV UTF-8)");
        }

        _fields.Add(_recordBytes > _maxRecordBytes ? string.Empty : Encoding.UTF8.GetString(bytes));
        _field.Clear();
        _closed = false;
        return true;
    }

    // Keeps at most the cap; past it the record is only parsed to find where it ends.
    private void Append(ReadOnlySpan<byte> bytes)
    {
        _recordBytes += bytes.Length;
        if (_recordBytes <= _maxRecordBytes)
        {
            _field.Write(bytes);
        }
    }
}
