// Batch page: polls the job's status and updates the progress bar and text until the results can be downloaded.
(function () {
    "use strict";
    var job = document.getElementById("batch-job");
    if (!job || job.dataset.done === "true") {
        return;
    }

    var progress = document.getElementById("batch-progress");
    var status = document.getElementById("batch-status");
    var download = document.getElementById("batch-download");
    var number = new Intl.NumberFormat("en");

    function show(s) {
        progress.max = Math.max(s.total, 1);
        progress.value = Math.min(s.rows, progress.max);
        if (s.error) {
            status.textContent = "Stopped: " + s.error;
        } else if (s.done) {
            status.textContent = "Done: " + number.format(s.rows) + " rows read, " + number.format(s.rows - s.failed) + " screened, " +
                number.format(s.rows_with_hits || 0) + " with hits, " + number.format(s.failed) + " failed." +
                (s.not_screened ? " Not screened: " + s.not_screened + "." : "");
            download.hidden = false;
            download.focus();
        } else {
            status.textContent = "Screening: " + number.format(s.rows) + " of " + number.format(s.total) + " rows…";
        }
        return s.done;
    }

    function poll() {
        fetch(job.dataset.statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (r) { return r.json(); })
            .then(function (s) { if (!show(s)) { setTimeout(poll, 500); } })
            .catch(function () { setTimeout(poll, 2000); });
    }

    poll();
}());
