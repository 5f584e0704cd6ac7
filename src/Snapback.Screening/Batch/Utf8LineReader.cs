using System.Buffers;

namespace Snapback.Screening.Batch;

/// <summary>
/// Splits a byte stream into lines (LF, CRLF or a lone CR) without ever holding more than <see cref="MaxLineBytes"/> of one: a
/// longer line is skipped to its end and reported as too long, so one endless line cannot grow the process. Lines are raw bytes;
/// the caller decodes and checks them. A UTF-8 byte order mark before the first line is dropped.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipLf;
    private bool _first = true;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        MaxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(maxLineBytes + 1);
    }

    /// <summary>The longest line kept, in bytes, without its line break.</summary>
    public int MaxLineBytes { get; }

    /// <summary>The 1-based number of the line last read.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The line last read, without its line break; empty when it was too long.</summary>
    public ReadOnlyMemory<byte> Line { get; private set; }

    /// <summary>The length of the line last read when it was over <see cref="MaxLineBytes"/>; 0 otherwise.</summary>
    public long TooLongBytes { get; private set; }

    /// <summary>Reads the next line; false at the end of the stream.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        TooLongBytes = 0;
        var scanned = 0;
        while (true)
        {
            if (_skipLf && _start < _end)
            {
                _skipLf = false;
                _start += _buffer[_start] == (byte)'\n' ? 1 : 0;
            }

            var pending = _buffer.AsSpan(_start, _end - _start);
            var brk = pending[scanned..].IndexOfAny((byte)'\n', (byte)'\r');
            if (brk >= 0)
            {
                brk += scanned;
                Take(brk, pending[brk]);
                return true;
            }

            scanned = pending.Length;
            if (pending.Length > MaxLineBytes)
            {
                await SkipLongLineAsync(cancellationToken);
                return true;
            }

            if (_eof)
            {
                if (pending.Length == 0)
                {
                    Line = ReadOnlyMemory<byte>.Empty;
                    return false;
                }

                Take(pending.Length, 0);
                return true;
            }

            await FillAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Take(int length, byte terminator)
    {
        LineNumber++;
        var line = _buffer.AsMemory(_start, length);
        if (_first)
        {
            _first = false;
            if (line.Span.StartsWith("\uFEFF"u8))
            {
                line = line[3..];
            }
        }

        Line = line;
        _start += length + (terminator == 0 ? 0 : 1);
        _skipLf = terminator == (byte)'\r';
    }

    // The line does not fit: count and drop its bytes up to the next line break, keep what follows.
    private async ValueTask SkipLongLineAsync(CancellationToken cancellationToken)
    {
        LineNumber++;
        _first = false;
        Line = ReadOnlyMemory<byte>.Empty;
        long length = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var brk = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (brk >= 0)
            {
                TooLongBytes = length + brk;
                _skipLf = pending[brk] == (byte)'\r';
                _start += brk + 1;
                return;
            }

            length += pending.Length;
            _start = _end = 0;
            if (_eof)
            {
                TooLongBytes = length;
                return;
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _eof = read == 0;
    }
}
