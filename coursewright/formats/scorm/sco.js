/* coursewright SCO script: finds the LMS's SCORM runtime API, reports that the page was
   completed and, on a quiz page, the score. Written for coursewright exports (SCORM 1.2 and
   SCORM 2004 4th edition); the version is read from <html data-scorm="1.2|2004">. */
(function () {
  "use strict";
  var version = document.documentElement.getAttribute("data-scorm") === "2004" ? "2004" : "1.2";
  var names = version === "2004"
    ? { api: "API_1484_11", init: "Initialize", set: "SetValue", commit: "Commit", finish: "Terminate" }
    : { api: "API", init: "LMSInitialize", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish" };
  var api = null;
  var state = "idle";
  var startedAt = Date.now();

  // The standard search: this window's parents, up to the top, then the opener's.
  function search(win) {
    for (var hops = 0; win && hops < 16; hops += 1) {
      try {
        if (win[names.api]) { return win[names.api]; }
      } catch (e) { return null; }
      if (!win.parent || win.parent === win) { break; }
      win = win.parent;
    }
    return null;
  }

  function set(name, value) { return String(api[names.set](name, String(value))) === "true"; }

  function say(text) {
    var box = document.getElementById("cw-status");
    if (box) { box.textContent = text; }
  }

  function sessionTime() {
    var seconds = Math.max(0, Math.round((Date.now() - startedAt) / 1000));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    if (version === "2004") { return "PT" + h + "H" + m + "M" + s + "S"; }
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return (h < 1000 ? ("000" + h).slice(-4) : String(h)) + ":" + two(m) + ":" + two(s);
  }

  function start() {
    api = search(window) || (window.opener ? search(window.opener) : null);
    if (!api) { say("No learning platform found: your progress is not recorded."); return; }
    if (String(api[names.init]("")) !== "true") { say("The learning platform did not start this page."); return; }
    state = "running";
    var quiz = document.querySelectorAll(".cw-question").length > 0;
    if (version === "2004") {
      set("cmi.completion_status", quiz ? "incomplete" : "completed");
    } else {
      set("cmi.core.lesson_status", quiz ? "incomplete" : "completed");
    }
    api[names.commit]("");
  }

  function answered(question) {
    var kind = question.getAttribute("data-kind");
    var key = JSON.parse(question.getAttribute("data-key"));
    if (kind === "single" || kind === "multiple") {
      var picked = [];
      var boxes = question.querySelectorAll("input");
      for (var i = 0; i < boxes.length; i += 1) { if (boxes[i].checked) { picked.push(i); } }
      return picked.join(",") === key.join(",");
    }
    var text = question.querySelector("input").value.trim();
    if (kind === "text") {
      for (var j = 0; j < key.answers.length; j += 1) {
        var want = key.answers[j];
        if (key.caseSensitive ? text === want : text.toLowerCase() === want.toLowerCase()) { return true; }
      }
      return false;
    }
    var got = parseFloat(text), expected = parseFloat(key.answer);
    if (isNaN(got)) { return false; }
    var slack = key.mode === "relative" ? Math.abs(expected) * key.amount / 100 : key.amount;
    return Math.abs(got - expected) <= slack + 1e-9;
  }

  function submit() {
    var questions = document.querySelectorAll(".cw-question");
    var right = 0;
    for (var i = 0; i < questions.length; i += 1) {
      var ok = answered(questions[i]);
      if (ok) { right += 1; }
      questions[i].setAttribute("data-result", ok ? "correct" : "incorrect");
    }
    var score = questions.length ? Math.round(100 * right / questions.length) : 0;
    var passed = score >= 50;
    say("Score: " + score + "% (" + right + " of " + questions.length + ")");
    if (state !== "running") { return score; }
    if (version === "2004") {
      set("cmi.score.min", 0); set("cmi.score.max", 100); set("cmi.score.raw", score);
      set("cmi.score.scaled", score / 100);
      set("cmi.success_status", passed ? "passed" : "failed");
      set("cmi.completion_status", "completed");
    } else {
      set("cmi.core.score.min", 0); set("cmi.core.score.max", 100); set("cmi.core.score.raw", score);
      set("cmi.core.lesson_status", passed ? "passed" : "failed");
    }
    api[names.commit]("");
    return score;
  }

  function finish() {
    if (state !== "running") { return; }
    state = "finished";
    if (version === "2004") {
      set("cmi.session_time", sessionTime()); set("cmi.exit", "normal");
    } else {
      set("cmi.core.session_time", sessionTime()); set("cmi.core.exit", "");
    }
    api[names.commit]("");
    api[names.finish]("");
  }

  window.coursewrightSco = { submit: submit, finish: finish, state: function () { return state; } };
  window.addEventListener("load", start);
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "cw-submit") { submit(); }
  });
}());
