namespace Snapback.Tests;

/// <summary>
/// A read-only stream of <c>head</c>, then <c>fillerLength</c> bytes of 'x' and a line break, then <c>tail</c>, made as it is read,
/// so a test can feed a 100 MB line without holding it. Every read completes synchronously.
/// </summary>
internal sealed class GeneratedStream(byte[] head, long fillerLength, byte[] tail) : Stream
{
    private readonly long _length = head.Length + fillerLength + 1 + tail.Length;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < _length)
        {
            var fillerStart = head.Length;
            var tailStart = head.Length + fillerLength + 1;
            int n;
            if (_position < fillerStart)
            {
                n = Math.Min(buffer.Length - written, (int)(fillerStart - _position));
                head.AsSpan((int)_position, n).CopyTo(buffer[written..]);
            }
            else if (_position < tailStart - 1)
            {
                n = (int)Math.Min(buffer.Length - written, tailStart - 1 - _position);
                buffer.Slice(written, n).Fill((byte)'x');
            }
            else if (_position == tailStart - 1)
            {
                n = 1;
                buffer[written] = (byte)'\n';
            }
            else
            {
                n = Math.Min(buffer.Length - written, (int)(_length - _position));
                tail.AsSpan((int)(_position - tailStart), n).CopyTo(buffer[written..]);
            }

            written += n;
            _position += n;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
