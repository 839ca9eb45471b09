package emulate

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/tcsig/tcsig/capture"
	"github.com/tcsig/tcsig/catalog"
	"github.com/tcsig/tcsig/internal/jsonlite"
	"github.com/tcsig/tcsig/verify"
)

// answerValid answers a request whose signature verified. With a catalog
// it goes on like the API: InvalidAction or NoSuchVersion for what the
// service lacks, MissingParameter, UnknownParameter or InvalidParameter
// for the body (the first finding; the message counts the rest), and
// otherwise the action's response with typed placeholder values, so an
// SDK decodes a realistic answer. Without one, or for a service the
// catalog does not know, the answer is just a RequestId.
func (h *handler) answerValid(w http.ResponseWriter, id string, req *capture.Request, rep verify.Public, echo *Echo) {
	if h.catalog == nil {
		h.answer(w, id, "", echo)
		return
	}
	r := rep.Received
	findings := h.catalog.Check(catalog.Classify(r.Service, r.Version, r.Action, req.Method, req.Get("Content-Type"), req.RawQuery, req.Body))
	if len(findings) > 0 {
		h.answerWith(w, id, findings[0].Code, findingsMessage(findings), echo)
		return
	}
	a, err := h.catalog.Action(r.Service, r.Version, r.Action)
	if err != nil {
		h.answer(w, id, "", echo)
		return
	}
	h.answerSkeleton(w, id, a, echo)
}

// findingsMessage is the first finding's message, and how many more there
// are with their paths: the API names one problem at a time.
func findingsMessage(fs []catalog.Finding) string {
	msg := fs[0].Message + " (tcsig catalog: " + fs[0].Cause + ")"
	if len(fs) == 1 {
		return msg
	}
	rest := make([]string, 0, len(fs)-1)
	for _, f := range fs[1:] {
		rest = append(rest, f.Cause+" "+f.Path)
	}
	return msg + "; " + strconv.Itoa(len(rest)) + " more: " + strings.Join(rest, ", ")
}

// answerSkeleton writes {"Response": {<fields>…, "RequestId": id, "Tcsig": echo}}.
func (h *handler) answerSkeleton(w http.ResponseWriter, id string, a *catalog.Action, echo *Echo) {
	var jw jsonlite.Writer
	jw.OpenObject()
	jw.Key("Response")
	jw.OpenObject()
	a.Skeleton(&jw)
	jw.Key("RequestId")
	jw.String(id)
	if echo != nil {
		b, err := json.Marshal(echo)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		jw.Key("Tcsig")
		jw.Raw(b)
	}
	jw.CloseObject()
	jw.CloseObject()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(jw.B) // the client may be gone; nothing else to do
	if h.log != nil && echo != nil {
		h.log.Info("emulate", "requestId", id, "action", echo.Action, "signatureMethod", echo.SignatureMethod,
			"secretId", prefix(echo.SecretId), "result", "ok", "catalog", a.Service+" "+a.Version)
	}
}
