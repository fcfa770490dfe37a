#!/usr/bin/env bash
# Loads a region's first data into Opora through the API alone, from docs/samples/adoption/
# (or another folder with the same file names): municipalities, the school register, the
# catalogue and two years of ВПР results; then runs the identification and prints the verdicts.
#
#   OPORA_URL=http://localhost:8080 OPORA_USER=login OPORA_PASSWORD=… tools/adopt-region.sh [folder]
#   OPORA_TOKEN=opora_… tools/adopt-region.sh [folder]
#
# Needs curl and python3. Every upload is a background job: the script waits for each to end
# and stops at the first that fails, printing its report.
set -euo pipefail

url=${OPORA_URL:-http://localhost:8080}
dir=${1:-$(dirname "$0")/../docs/samples/adoption}
year=${OPORA_YEAR:-2026}
if [[ -n ${OPORA_TOKEN:-} ]]; then
  auth=(-H "Authorization: Bearer $OPORA_TOKEN")
elif [[ -n ${OPORA_USER:-} && -n ${OPORA_PASSWORD:-} ]]; then
  auth=(-u "$OPORA_USER:$OPORA_PASSWORD")
else
  echo "Укажите OPORA_TOKEN или OPORA_USER и OPORA_PASSWORD." >&2
  exit 2
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "Нужна программа $tool (apt-get install -y $tool)." >&2; exit 2; }
done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

api() { # method path [curl args…]: prints the body, fails with the body on an error status
  local method=$1 path=$2; shift 2
  local out status
  out=$(curl -sS -X "$method" "${auth[@]}" -H 'Accept: application/json' -w '\n%{http_code}' "$@" "$url$path")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [[ $status -ge 400 ]]; then
    echo "$method $path → $status: $out" >&2
    exit 1
  fi
  printf '%s' "$out"
}

load() { # title path file
  local title=$1 path=$2 file=$3
  printf '%s (%s) … ' "$title" "$(basename "$file")"
  local started href job status
  started=$(api POST "$path" -F "file=@$file")
  href=$(json 'd["href"]' <<<"$started")
  while :; do
    job=$(api GET "$href")
    status=$(json 'd["status"]' <<<"$job")
    [[ $status == DONE || $status == FAILED ]] && break
    sleep 0.5
  done
  if [[ $status == FAILED ]]; then
    echo "не загружено"
    json 'd.get("incident") or "\n".join(p["message"] for p in (d["result"].get("report") or d["result"])["problems"])' <<<"$job" >&2
    exit 1
  fi
  if [[ $path == *results* ]]; then # a results report counts schools: added, replaced, kept from before
    json '(lambda r: "готово: работ %d, школ %d (новых %d, заменено %d, прежние оставлены у %d)" % (d["result"]["works"], d["result"]["schools"], r["added"], r["replaced"], r["unchanged"]))(d["result"]["report"])' <<<"$job"
  else
    json '(lambda r: "готово: добавлено %d, обновлено %d, без изменений %d" % (r["added"], r["replaced"], r["unchanged"]))(d["result"].get("report") or d["result"])' <<<"$job"
  fi
}

echo "Опора: $url"
load "Муниципалитеты" /api/v1/imports/municipalities "$dir/municipalities.csv"
load "Реестр школ" /api/v1/imports/register "$dir/register.csv"
load "Каталог работ" /api/v1/imports/catalogue "$dir/catalogue.csv"
catalogue=$(api GET /api/v1/catalogue)
for results in "$dir"/vpr-*-math-5.csv; do
  y=$(basename "$results" | cut -d- -f2)
  id=$(json "next(a['id'] for a in d if a['kind']=='VPR' and a['year']==$y and a['subjectCode']=='MA' and a['grade']==5)" <<<"$catalogue")
  load "ВПР $y, математика, 5 класс" "/api/v1/imports/results?assessment=$id" "$results"
done

echo "Выявление ШНОР за $year год …"
run=$(api POST "/api/v1/identification/runs?year=$year")
run_id=$(json 'd["id"]' <<<"$run")
verdicts=$(api GET "/api/v1/identification/runs/$run_id")
python3 -c '
import json, sys
d = json.load(sys.stdin)
names = {"CANDIDATE": "кандидат в ШНОР", "NOT_LOW": "результаты не низкие", "TOO_FEW": "мало участников",
         "NON_OBJECTIVE": "низкие, но необъективные"}
count = {}
for v in d["verdicts"]:
    count[v["outcome"]] = count.get(v["outcome"], 0) + 1
print("Прогон %s: школ %d, кандидатов %d" % (d["run"]["id"], d["run"]["schools"], d["run"]["candidates"]))
for outcome in ("CANDIDATE", "TOO_FEW", "NON_OBJECTIVE"):
    for v in d["verdicts"]:
        if v["outcome"] == outcome:
            print("  %s %s — %s: %s" % (v["code"], v["name"], names[outcome], v["explanation"][0]))
print("  остальные %d школ — %s" % (count.get("NOT_LOW", 0), names["NOT_LOW"]))
' <<<"$verdicts"
