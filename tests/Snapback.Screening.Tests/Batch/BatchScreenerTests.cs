using System.Text;
using System.Text.Json;
using Snapback.Lists.Model;
using Snapback.Matching;
using Snapback.Screening.Batch;
using Snapback.Screening.Screen;
using Snapback.Screening.Tests.Support;
using Snapback.Tests;

namespace Snapback.Screening.Tests.Batch;

public sealed class BatchScreenerTests
{
    [Fact]
    public async Task Run_JsonLinesWithBadRows_ReportsThemAndScreensTheRestInOrder()
    {
        var listed = RealLists.Entities.Where(e => e.Kind == EntityKind.Person).Take(600).ToList();
        var input = new StringBuilder();
        for (var i = 0; i < listed.Count; i++)
        {
            input.AppendLine(i switch
            {
                10 => "{not json",
                20 => JsonSerializer.Serialize(new { id = "r20", name = "" }),
                30 => JsonSerializer.Serialize(new { id = "r30", name = listed[i].PrimaryName, birth_date = "31/12/1970" }),
                _ => JsonSerializer.Serialize(new { id = "r" + i, name = listed[i].PrimaryName, kind = "person" }),
            });
        }

        var output = new MemoryStream();
        var summary = await RunAsync(input.ToString(), PartyFileFormat.JsonLines, new JsonLinesResultWriter(output));

        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(listed.Count, lines.Length);
        Assert.Equal(listed.Count, summary.Rows);
        Assert.Equal(3, summary.Failed);
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var root = line.RootElement;
            if (i is 10 or 20 or 30)
            {
                Assert.StartsWith($"line {i + 1}:", root.GetProperty("error").GetString(), StringComparison.Ordinal);
                continue;
            }

            Assert.Equal("r" + i, root.GetProperty("id").GetString());
            Assert.False(root.TryGetProperty("error", out _));
            Assert.Contains(
                root.GetProperty("hits").EnumerateArray(),
                hit => hit.GetProperty("entity_id").GetString() == listed[i].Id && hit.TryGetProperty("explanation", out _));
        }
    }

    [Fact]
    public async Task Run_Csv_WritesEveryInputRowAndEachHit()
    {
        var org = RealLists.Entities.First(e => e.Kind == EntityKind.Organization);
        var csv = "id,name,kind,birth_date,country,identifiers\n"
            + $"a,\"{org.PrimaryName}\",organization,,,\n"
            + "b,Zzyzx Qwertyuiop,person,,,\n"
            + "c,,person,,,\n";
        var output = new StringWriter();
        var summary = await RunAsync(csv, PartyFileFormat.Csv, new CsvResultWriter(output));

        Assert.Equal(3, summary.Rows);
        Assert.Equal(1, summary.Failed);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,entity_id,score,name,kind,lists,programs,explanation,error,screened_against,threshold,matcher", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("a," + org.Id + ",", StringComparison.Ordinal) && r.EndsWith(",0.80," + MatcherVersion.Current, StringComparison.Ordinal));
        Assert.Contains(rows, r => r == "b,,,,,,,,,,0.80," + MatcherVersion.Current);
        Assert.Contains(rows, r => r.StartsWith("c,", StringComparison.Ordinal) && r.EndsWith("name: required,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CsvWithoutNameColumn_IsOneClearError()
    {
        var output = new MemoryStream();
        var summary = await RunAsync("id,fullname\n1,Someone\n", PartyFileFormat.Csv, new JsonLinesResultWriter(output));
        Assert.Equal(1, summary.Failed);
        Assert.Contains("no 'name' column", Text(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CsvCutInsideAQuote_KeepsTheRowsBeforeAndReportsTheBreak()
    {
        var output = new MemoryStream();
        var summary = await RunAsync("id,name\n1,Alpha Beta\n2,\"Gamma", PartyFileFormat.Csv, new JsonLinesResultWriter(output));
        Assert.Equal(2, summary.Rows);
        Assert.Equal(1, summary.Failed);
        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("\"id\":\"1\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("error", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CsvStrayQuoteInFirstRow_FailsThatRowAlone_AndScreensTheOthers()
    {
        var listed = RealLists.Entities.Where(e => e.Kind == EntityKind.Person).Take(2).ToList();
        var csv = $"id,name\n1,Vla\"dimir Putin\n2,\"{listed[0].PrimaryName}\"\n3,\"{listed[1].PrimaryName}\"\n";
        var output = new MemoryStream();

        var summary = await RunAsync(csv, PartyFileFormat.Csv, new JsonLinesResultWriter(output));

        Assert.Equal((3, 2, 1), (summary.Rows, summary.Screened, summary.Failed));
        Assert.Null(summary.NotScreened);
        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("1", lines[0].GetProperty("id").GetString());
        Assert.StartsWith("line 2: stray quote in field 2", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal((i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture), lines[i + 1].GetProperty("id").GetString());
            Assert.Contains(lines[i + 1].GetProperty("hits").EnumerateArray(), h => h.GetProperty("entity_id").GetString() == listed[i].Id);
        }
    }

    [Fact]
    public async Task Run_CsvWithManyKindsOfBadRecord_GivesEachItsOwnErrorLine_AndScreensEveryGoodRow()
    {
        var csv = new MemoryStream();
        void Write(string text) => csv.Write(Encoding.UTF8.GetBytes(text));
        Write("\uFEFFid,name,kind\n");
        Write("g1,Alpha Person,person\n");
        Write("b2,\"Closed\" trailing,person\n");
        Write("g3,\"Multi\nLine Name\",person\n");
        Write("b4,Nul\0Byte,person\n");
        Write("b5,Caf");
        csv.Write([0xE9]);
        Write(" Latin-1,person\n");
        Write("b6," + new string('x', PartyFileReader.MaxRowBytes + 10) + ",person\n");
        Write("b7,\"" + new string('y', PartyFileReader.MaxRowBytes) + "\n\",person\n");
        Write("\n   \n");
        Write("g8, \"Quoted, After Space\" ,person\r\n");
        Write("g9,Last Person,person");
        var output = new MemoryStream();

        var summary = await RunAsync(csv.ToArray(), PartyFileFormat.Csv, new JsonLinesResultWriter(output));

        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(9, summary.Rows);
        Assert.Equal(5, summary.Failed);
        Assert.Equal(["g1", "g3", "g8", "g9"], lines.Where(static l => !l.TryGetProperty("error", out _)).Select(static l => l.GetProperty("id").GetString()));
        string[] expected =
        [
            "line 3: text after the closing quote of field 2",
            "line 6: NUL byte",
            "line 7: field 2 is not valid UTF-8",
            "line 8: record longer than 65,536 bytes",
            "line 9: record longer than 65,536 bytes",
        ];
        var errors = lines.Select(static l => l.TryGetProperty("error", out var e) ? e.GetString() : null).OfType<string>().ToList();
        Assert.Equal(expected.Length, errors.Count);
        Assert.All(expected.Zip(errors), static pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_CsvQuoteNeverClosed_SaysSoAndNamesTheLinesNotScreened()
    {
        var output = new MemoryStream();
        var summary = await RunAsync(
            "id,name\n1,Alpha Beta\n2,\"Gamma\n3,Delta\n4,Epsilon\n", PartyFileFormat.Csv, new JsonLinesResultWriter(output));

        Assert.Equal((2, 1, 1), (summary.Rows, summary.Screened, summary.Failed));
        Assert.Equal("lines 4–5 (2 lines)", summary.NotScreened);
        var error = JsonDocument.Parse(Text(output).Split('\n')[1]).RootElement.GetProperty("error").GetString();
        Assert.Equal(
            "line 3: the quote opening field 2 on line 3 is never closed, so the rest of the file could not be split into rows: "
            + "lines 4–5 (2 lines) not screened",
            error);
        Assert.Contains("not screened: lines 4–5", summary.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JsonLinesWithInvalidUtf8AndAHundredMegabyteLine_FailsThoseLinesAndScreensTheRest()
    {
        var person = RealLists.Entities.First(e => e.Kind == EntityKind.Person);
        var good = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "ok", name = person.PrimaryName }) + "\n");
        byte[] invalid = [.. "{\"id\":\"bad\",\"name\":\"Vla"u8, 0xFF, .. "dimir\"}\n"u8];
        var input = new GeneratedStream([.. good, .. invalid], 100_000_000, good);
        var output = new MemoryStream();

        var summary = await RunAsync(input, PartyFileFormat.JsonLines, new JsonLinesResultWriter(output));

        var lines = Text(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal((4, 2), (summary.Rows, summary.Failed));
        Assert.Equal("line 2: not valid UTF-8 text; a JSON line must be UTF-8", lines[1].GetProperty("error").GetString());
        Assert.Equal("line 3: line longer than 65,536 bytes (100,000,000); not screened", lines[2].GetProperty("error").GetString());
        Assert.All([lines[0], lines[3]], l => Assert.Contains(l.GetProperty("hits").EnumerateArray(), h => h.GetProperty("entity_id").GetString() == person.Id));
    }

    [Theory]
    [InlineData(PartyFileFormat.JsonLines, "{\"name\":\"a\"}\n", "{\"name\":\"b\"}\n")]
    [InlineData(PartyFileFormat.Csv, "name\na\n", "b\n")]
    public async Task ReadAsync_HundredMegabyteLine_AllocatesAboutOneLineCapNotTheLine(PartyFileFormat format, string head, string tail)
    {
        var input = new GeneratedStream(Encoding.UTF8.GetBytes(head), 100_000_000, Encoding.UTF8.GetBytes(tail));
        var rows = new List<PartyRow>();

        // The generated stream completes every read at once, so nothing awaited suspends: the whole read runs on this thread and its
        // allocations count here.
        var before = GC.GetAllocatedBytesForCurrentThread();
        await foreach (var row in PartyFileReader.ReadAsync(input, format, TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 4 * 1024 * 1024, $"allocated {allocated:N0} bytes reading a 100 MB line");
        Assert.Equal(["a", null, "b"], rows.Select(static r => r.Request?.Name));
        Assert.Contains("longer than 65,536 bytes (100,000,000)", rows[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RowsArrivingAFewAtATime_GetTheirResultsBeforeTheInputEnds()
    {
        // A client streaming rows sends three, then waits for their results before it sends more: the batch must screen and
        // write what it has rather than wait for a chunk to fill.
        var ct = TestContext.Current.CancellationToken;
        var people = RealLists.Entities.Where(static e => e.Kind == EntityKind.Person).Take(5).ToList();
        var writer = new CollectingWriter();
        var firstThreeWritten = writer.WhenCount(3);

        async IAsyncEnumerable<PartyRow> Rows()
        {
            for (var i = 0; i < people.Count; i++)
            {
                if (i == 3)
                {
                    // Not a time limit on the batch: without the results the client would wait for ever, and the test with it.
                    await firstThreeWritten.WaitAsync(TimeSpan.FromMinutes(2), ct);
                }

                yield return new PartyRow(i + 1, new PartyRequest("p" + i, people[i].PrimaryName), null);
            }
        }

        var summary = await new BatchScreener(RealLists.Service()).RunAsync(Rows(), writer, null, null, ct);

        Assert.Equal(5, summary.Rows);
        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], writer.Results.Select(static r => r.Id));
        Assert.All(writer.Results.Zip(people), p => Assert.Contains(p.First.Hits, h => h.EntityId == p.Second.Id));
    }

    [Fact]
    public async Task Run_InputFailsPartWay_ThrowsItsError_AfterWritingInOrderWhatWasReadBefore()
    {
        var ct = TestContext.Current.CancellationToken;
        var names = RealLists.Entities.Take(300).Select(static e => e.PrimaryName).ToList();
        var writer = new CollectingWriter();

        async IAsyncEnumerable<PartyRow> Rows()
        {
            for (var i = 0; i < names.Count; i++)
            {
                await Task.Yield();
                yield return new PartyRow(i + 1, new PartyRequest("r" + i, names[i]), null);
            }

            throw new IOException("the disk went away");
        }

        var screener = new BatchScreener(RealLists.Service());
        var error = await Assert.ThrowsAsync<IOException>(() => screener.RunAsync(Rows(), writer, null, null, ct));

        Assert.Equal("the disk went away", error.Message);
        Assert.InRange(writer.Results.Count, 1, names.Count);
        Assert.Equal(Enumerable.Range(0, writer.Results.Count).Select(static i => "r" + i), writer.Results.Select(static r => r.Id));
    }

    [Fact]
    public async Task Run_WriterFails_ThrowsItsError_AndStopsScreening()
    {
        var ct = TestContext.Current.CancellationToken;
        var names = RealLists.Entities.Take(2_000).Select(static e => e.PrimaryName).ToList();
        var rowsRead = 0;

        async IAsyncEnumerable<PartyRow> Rows()
        {
            for (var i = 0; i < names.Count; i++)
            {
                await Task.Yield();
                Interlocked.Increment(ref rowsRead);
                yield return new PartyRow(i + 1, new PartyRequest("r" + i, names[i]), null);
            }
        }

        var writer = new CollectingWriter(failAt: 100);
        var screener = new BatchScreener(RealLists.Service());
        var error = await Assert.ThrowsAsync<IOException>(() => screener.RunAsync(Rows(), writer, null, null, ct));

        Assert.Equal("the output went away", error.Message);
        Assert.Equal(100, writer.Results.Count);
        // Reading stops a bounded way ahead of the failed write, not at the end of the input.
        Assert.InRange(Volatile.Read(ref rowsRead), 100, 1_000);
    }

    private static string Text(MemoryStream output) => Encoding.UTF8.GetString(output.ToArray());

    private static Task<BatchSummary> RunAsync(string input, PartyFileFormat format, IPartyResultWriter writer) =>
        RunAsync(Encoding.UTF8.GetBytes(input), format, writer);

    private static Task<BatchSummary> RunAsync(byte[] input, PartyFileFormat format, IPartyResultWriter writer) =>
        RunAsync(new MemoryStream(input), format, writer);

    private static async Task<BatchSummary> RunAsync(Stream input, PartyFileFormat format, IPartyResultWriter writer)
    {
        var ct = TestContext.Current.CancellationToken;
        var rows = PartyFileReader.ReadAsync(input, format, ct);
        await using (writer)
        {
            return await new BatchScreener(RealLists.Service()).RunAsync(rows, writer, null, null, ct);
        }
    }

    /// <summary>Keeps the results written, in order; can fail at a given result as a closed output would.</summary>
    private sealed class CollectingWriter(int failAt = -1) : IPartyResultWriter
    {
        private readonly List<(int Count, TaskCompletionSource Reached)> waits = [];

        public List<PartyResult> Results { get; } = [];

        public Task WhenCount(int count)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (Results)
            {
                waits.Add((count, reached));
            }

            return reached.Task;
        }

        public Task WriteAsync(PartyResult result, CancellationToken cancellationToken)
        {
            lock (Results)
            {
                if (Results.Count == failAt)
                {
                    throw new IOException("the output went away");
                }

                Results.Add(result);
                foreach (var (count, reached) in waits)
                {
                    if (Results.Count >= count)
                    {
                        reached.TrySetResult();
                    }
                }
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
