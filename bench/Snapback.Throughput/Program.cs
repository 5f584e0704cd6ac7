Console.WriteLine("throughput harness: see bench/README.md");
