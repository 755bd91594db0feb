// The bookmarklet's relay page (pipeline/views/save_job.py): send the job on from our own page,
// so that the browser includes the session cookie. The button does the same without this file.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  const form = document.querySelector("form[data-save-job-relay]");
  if (form) form.submit();
});
