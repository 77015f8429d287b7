if (args is ["ingest", ..]) return Archive.Bench.IngestBenchmark.Run(args[1..]);
Console.WriteLine("usage: dotnet run -c Release --project bench/Archive.Bench -- <benchmark>");
return 1;
